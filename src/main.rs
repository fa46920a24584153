//! The `retold` binary: everything lives in the library; see `cli`.

mod cli;

fn main() {
    std::process::exit(cli::main());
}
