/// Build contexts for tests: a ustar archive made in memory, and ways to stream bytes in chunks.
package enum DockerBuildContext {
    /// A ustar archive holding `files` (path → contents), regular files with mode 0644 (0755 when `executable`).
    package static func tar(_ files: [(path: String, contents: String)], executable: Set<String> = []) -> [UInt8] {
        var archive: [UInt8] = []
        for file in files {
            let bytes = Array(file.contents.utf8)
            archive += header(path: file.path, size: bytes.count, mode: executable.contains(file.path) ? 0o755 : 0o644)
            archive += bytes
            archive += padding(bytes.count)
        }
        return archive + [UInt8](repeating: 0, count: 1024)
    }

    /// The 512-byte ustar header of a regular file.
    package static func header(path: String, size: Int, mode: Int = 0o644) -> [UInt8] {
        var block = [UInt8](repeating: 0, count: 512)
        func put(_ text: String, at offset: Int, width: Int) {
            for (index, byte) in text.utf8.prefix(width).enumerated() { block[offset + index] = byte }
        }
        func octal(_ value: Int, width: Int) -> String {
            let digits = String(value, radix: 8)
            return String(repeating: "0", count: max(0, width - 1 - digits.count)) + digits
        }
        precondition(path.utf8.count <= 100, "test tar paths stay short")
        put(path, at: 0, width: 100)
        put(octal(mode, width: 8), at: 100, width: 8)
        put(octal(0, width: 8), at: 108, width: 8)
        put(octal(0, width: 8), at: 116, width: 8)
        put(octal(size, width: 12), at: 124, width: 12)
        put(octal(1_700_000_000, width: 12), at: 136, width: 12)
        put("        ", at: 148, width: 8)
        block[156] = UInt8(ascii: "0")
        put("ustar", at: 257, width: 6)
        put("00", at: 263, width: 2)
        let checksum = block.reduce(0) { $0 + Int($1) }
        put(octal(checksum, width: 7), at: 148, width: 7)
        block[155] = UInt8(ascii: " ")
        return block
    }

    /// Zero bytes that round `size` up to the next 512-byte block.
    package static func padding(_ size: Int) -> [UInt8] {
        [UInt8](repeating: 0, count: (512 - size % 512) % 512)
    }

    /// `bytes` as an async source of chunks of at most `chunkSize` bytes (the git tar producer's shape).
    package static func chunks(_ bytes: [UInt8], chunkSize: Int = 64 * 1024) -> AsyncThrowingStream<[UInt8], any Error> {
        AsyncThrowingStream { continuation in
            var offset = 0
            while offset < bytes.count {
                continuation.yield(Array(bytes[offset..<min(offset + chunkSize, bytes.count)]))
                offset += chunkSize
            }
            continuation.finish()
        }
    }
}
