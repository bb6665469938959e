/// Memory sizes: plain bytes, or an integer with a decimal (`K`, `M`, `G`, `T`) or binary (`Ki`, `Mi`, `Gi`, `Ti`)
/// suffix: `268435456`, `256Mi`, `1G`.
enum MemorySize {
    /// What a valid size looks like, for error messages.
    static let help = "plain bytes or a number with K, M, G, T, Ki, Mi, Gi or Ti: 268435456, 256Mi, 1G"
    /// Docker refuses limits below 6 MiB.
    static let minimumBytes = 6 * 1024 * 1024

    private static let suffixes: [String: Int] = [
        "": 1, "K": 1_000, "M": 1_000_000, "G": 1_000_000_000, "T": 1_000_000_000_000,
        "Ki": 1 << 10, "Mi": 1 << 20, "Gi": 1 << 30, "Ti": 1 << 40,
    ]

    /// Parses `text` into bytes; `nil` when it is not a size or overflows.
    static func parse(_ text: String) -> Int? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 15, let number = Int(digits),
            let factor = suffixes[String(text.dropFirst(digits.count))]
        else { return nil }
        let (bytes, overflow) = number.multipliedReportingOverflow(by: factor)
        return overflow ? nil : bytes
    }
}
