/// Writes POSIX ustar headers, with a pax extended header in front when a name, link target or size does
/// not fit (what Docker's Go `archive/tar` reader expects).
enum TarHeader {
    static let blockSize = 512
    private static let magic = Array("ustar\u{0}00".utf8)[...]
    private static let owner = Array("root".utf8)[...]
    private static let paxName = Array("PaxHeaders/entry".utf8)[...]

    enum Kind {
        case file(size: Int, executable: Bool)
        case directory
        case symlink(target: String)
    }

    /// Appends the header block(s) for one entry at `path` (relative, without a trailing `/`).
    static func append(path: String, kind: Kind, modificationTime: Int, to output: inout [UInt8]) {
        var name = Array(path.utf8)
        var typeFlag: UInt8
        var mode: Int
        var size = 0
        var linkName: [UInt8] = []
        switch kind {
        case .file(let fileSize, let executable):
            typeFlag = UInt8(ascii: "0")
            mode = executable ? 0o755 : 0o644
            size = fileSize
        case .directory:
            typeFlag = UInt8(ascii: "5")
            mode = 0o755
            name.append(UInt8(ascii: "/"))
        case .symlink(let target):
            typeFlag = UInt8(ascii: "2")
            mode = 0o777
            linkName = Array(target.utf8)
        }

        var pax: [(String, [UInt8])] = []
        var prefix: ArraySlice<UInt8> = []
        var shortName = name[...]
        if name.count > 100 {
            if let split = ustarSplit(name) {
                prefix = name[..<split]
                shortName = name[(split + 1)...]
            } else {
                pax.append(("path", name))
                shortName = name.suffix(100)
            }
        }
        if linkName.count > 100 { pax.append(("linkpath", linkName)) }
        if size > 0o77777777777 { pax.append(("size", Array(String(size).utf8))) }
        if !pax.isEmpty {
            appendPax(pax, modificationTime: modificationTime, to: &output)
        }
        appendBlock(
            name: shortName, mode: mode, size: size > 0o77777777777 ? 0 : size, modificationTime: modificationTime,
            typeFlag: typeFlag, linkName: linkName.prefix(100), prefix: prefix, to: &output)
    }

    /// Zero bytes that pad `size` bytes of data to a whole block.
    static func padding(for size: Int) -> Int {
        (blockSize - size % blockSize) % blockSize
    }

    /// The index of the `/` that splits `name` into a ustar prefix (≤ 155 bytes) and name (≤ 100 bytes).
    private static func ustarSplit(_ name: [UInt8]) -> Int? {
        let slash = UInt8(ascii: "/")
        let lowest = max(0, name.count - 101)
        for index in stride(from: min(name.count - 2, 155), through: lowest, by: -1) where name[index] == slash {
            if name.count - index - 1 <= 100 && index > 0 { return index }
        }
        return nil
    }

    private static func appendPax(_ records: [(String, [UInt8])], modificationTime: Int, to output: inout [UInt8]) {
        var body: [UInt8] = []
        for (key, value) in records {
            let fixed = key.utf8.count + value.count + 3  // " ", "=", "\n"
            var length = fixed + String(fixed).utf8.count
            if String(length).utf8.count != String(fixed).utf8.count { length = fixed + String(length).utf8.count }
            body.append(contentsOf: String(length).utf8)
            body.append(UInt8(ascii: " "))
            body.append(contentsOf: key.utf8)
            body.append(UInt8(ascii: "="))
            body.append(contentsOf: value)
            body.append(UInt8(ascii: "\n"))
        }
        appendBlock(
            name: paxName, mode: 0o644, size: body.count,
            modificationTime: modificationTime, typeFlag: UInt8(ascii: "x"), linkName: [], prefix: [], to: &output)
        output.append(contentsOf: body)
        output.append(contentsOf: repeatElement(0, count: padding(for: body.count)))
    }

    private static func appendBlock(
        name: ArraySlice<UInt8>, mode: Int, size: Int, modificationTime: Int, typeFlag: UInt8,
        linkName: ArraySlice<UInt8>, prefix: ArraySlice<UInt8>, to output: inout [UInt8]
    ) {
        let start = output.count
        output.append(contentsOf: repeatElement(0, count: blockSize))
        output.withUnsafeMutableBufferPointer { buffer in
            let block = UnsafeMutableBufferPointer(rebasing: buffer[start..<(start + blockSize)])
            copy(name, into: block, at: 0, width: 100)
            octal(mode, into: block, at: 100, width: 8)
            octal(0, into: block, at: 108, width: 8)  // uid
            octal(0, into: block, at: 116, width: 8)  // gid
            octal(size, into: block, at: 124, width: 12)
            octal(modificationTime, into: block, at: 136, width: 12)
            for index in 148..<156 { block[index] = UInt8(ascii: " ") }
            block[156] = typeFlag
            copy(linkName, into: block, at: 157, width: 100)
            copy(magic, into: block, at: 257, width: 8)
            copy(owner, into: block, at: 265, width: 32)
            copy(owner, into: block, at: 297, width: 32)
            copy(prefix, into: block, at: 345, width: 155)
            let checksum = block.reduce(0) { $0 + Int($1) }
            octal(checksum, into: block, at: 148, width: 7)
        }
    }

    private static func copy(
        _ bytes: ArraySlice<UInt8>, into block: UnsafeMutableBufferPointer<UInt8>, at offset: Int, width: Int
    ) {
        for (index, byte) in bytes.prefix(width).enumerated() { block[offset + index] = byte }
    }

    /// Zero-padded octal digits filling `width - 1` bytes, then a NUL.
    private static func octal(_ value: Int, into block: UnsafeMutableBufferPointer<UInt8>, at offset: Int, width: Int) {
        var remaining = value
        var index = offset + width - 2
        while index >= offset {
            block[index] = UInt8(ascii: "0") + UInt8(remaining & 7)
            remaining >>= 3
            index -= 1
        }
        block[offset + width - 1] = 0
    }
}
