import Foundation

/// Judges a literal that sits where a secret would: placeholders, references and low-entropy words are not secrets.
enum SecretValue {
    /// Words that mark a value as a placeholder or a test value, not a credential.
    private static let placeholderWords = [
        "example", "changeme", "change_me", "change-me", "placeholder", "dummy", "fake", "sample", "your", "xxxx",
        "redacted", "replace", "insert", "todo", "test", "mock", "secret_here", "password_here", "notreal",
    ]

    /// True when `value` is obviously not a real secret: a placeholder word, a template or variable reference,
    /// masked text, or one repeated character.
    static func isPlaceholder(_ value: Substring) -> Bool {
        let lower = value.lowercased()
        if placeholderWords.contains(where: { lower.contains($0) }) { return true }
        if ["${", "{{", "<", "%(", "$(", "***", "..."].contains(where: { lower.contains($0) }) { return true }
        if lower.hasPrefix("$") || lower.hasPrefix("http://") || lower.hasPrefix("https://") { return true }
        return Set(lower).count <= 2
    }

    /// Shannon entropy in bits per character.
    static func entropy(_ value: Substring) -> Double {
        var counts: [Character: Int] = [:]
        for character in value { counts[character, default: 0] += 1 }
        let total = Double(value.count)
        return counts.values.reduce(0) { sum, count in
            let p = Double(count) / total
            return sum - p * log2(p)
        }
    }

    /// How many of lowercase, uppercase, digits and symbols `value` mixes.
    static func characterClasses(_ value: Substring) -> Int {
        var classes = Set<Int>()
        for character in value {
            if character.isLowercase {
                classes.insert(0)
            } else if character.isUppercase {
                classes.insert(1)
            } else if character.isNumber {
                classes.insert(2)
            } else {
                classes.insert(3)
            }
        }
        return classes.count
    }

    /// True when `value` looks like a password or key someone typed or generated: long enough, mixed and varied.
    static func looksSecret(_ value: Substring) -> Bool {
        value.count >= 8 && !isPlaceholder(value) && characterClasses(value) >= 2 && entropy(value) >= 2.8
    }
}
