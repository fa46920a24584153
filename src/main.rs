//! The `retold` binary: everything lives in the library; see `cli`.

mod cli;

// mimalloc: the pipeline allocates and frees many short-lived buffers per document from
// several threads; glibc malloc spent ~10% of a copies-only scan there (perf).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    std::process::exit(cli::main());
}
