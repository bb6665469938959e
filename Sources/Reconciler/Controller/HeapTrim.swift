#if canImport(Glibc)
    import Glibc
#endif

/// Hands the heap pages a pass freed back to the kernel. A pass over thousands of deployments allocates tens of
/// megabytes for a moment (listings, manifests, resolves on many threads); glibc keeps what was freed mapped in
/// each thread's arena for the life of the process unless asked, so an idle controller's resident memory would
/// grow with its busiest moment instead of with what it holds.
enum HeapTrim {
    private typealias MallocTrim = @convention(c) (Int) -> Int32

    /// Calls glibc's `malloc_trim(0)` (looked up at run time: Swift's Glibc module does not export `malloc.h`);
    /// does nothing on a C library without it.
    static func releaseFreedPages() {
        #if canImport(Glibc)
            guard let symbol = dlsym(nil, "malloc_trim") else { return }
            _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
        #endif
    }
}
