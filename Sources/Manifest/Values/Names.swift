/// Syntax checks for the names manifests use.
package enum Names {
    /// What is wrong with `name` as a deployment's `metadata.name`; nil when it is valid. Besides being a DNS label,
    /// a name may not hold `--` (previews are `<name>--pr<N>`) nor be `plan` (its commit status context would be
    /// `berth/plan`, the pull request plan's): DESIGN §14.
    package static func deploymentNameProblem(_ name: String) -> String? {
        guard isDNSLabel(name) else {
            return "\(Shown.value(name)) is not a DNS label (1-63 of a-z, 0-9 and '-', not starting or ending with '-')"
        }
        if name.contains("--") {
            return "\(Shown.value(name)) holds \"--\", which berth keeps for previews (<name>--pr<N>); use a single '-'"
        }
        if name == "plan" {
            return "\"plan\" is taken by the pull request plan's commit status (berth/plan); choose another name"
        }
        return nil
    }

    /// What is wrong with `name` as an `env` or `secretEnv` variable; nil when it is valid.
    package static func variableNameProblem(_ name: String) -> String? {
        if DeploymentDecoder.reservedVariables.contains(name) {
            return "\(name) is set by berth (the port the app must bind); remove it"
        }
        return isUpperSnakeCase(name)
            ? nil
            : "\(Shown.quoted(name)) is not UPPER_SNAKE_CASE (A-Z, 0-9 and '_', starting with a letter)"
    }

    /// A DNS label: 1-63 of `a-z`, `0-9` and `-`, neither first nor last `-`.
    static func isDNSLabel(_ text: String) -> Bool {
        let bytes = text.utf8
        guard (1...63).contains(bytes.count), bytes.first != UInt8(ascii: "-"), bytes.last != UInt8(ascii: "-")
        else { return false }
        return bytes.allSatisfy { isLowerAlphanumeric($0) || $0 == UInt8(ascii: "-") }
    }

    /// A DNS host name: dot-separated DNS labels, at most 253 characters.
    static func isHostName(_ text: String) -> Bool {
        text.utf8.count <= 253
            && text.split(separator: ".", omittingEmptySubsequences: false)
                .allSatisfy { isDNSLabel(String($0)) }
    }

    /// UPPER_SNAKE_CASE: an upper-case letter, then upper-case letters, digits and `_`.
    static func isUpperSnakeCase(_ text: String) -> Bool {
        guard let first = text.utf8.first, first >= UInt8(ascii: "A"), first <= UInt8(ascii: "Z") else { return false }
        return text.utf8.allSatisfy {
            ($0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z")) || isDigit($0) || $0 == UInt8(ascii: "_")
        }
    }

    /// A build argument name: a letter or `_`, then letters, digits and `_`.
    static func isBuildArgName(_ text: String) -> Bool {
        guard let first = text.utf8.first, isLetter(first) || first == UInt8(ascii: "_") else { return false }
        return text.utf8.allSatisfy { isLetter($0) || isDigit($0) || $0 == UInt8(ascii: "_") }
    }

    /// A Docker network or volume name: an alphanumeric, then alphanumerics, `_`, `.` and `-`, at most 63.
    static func isDockerName(_ text: String) -> Bool {
        guard let first = text.utf8.first, isLetter(first) || isDigit(first), text.utf8.count <= 63 else {
            return false
        }
        return text.utf8.allSatisfy {
            isLetter($0) || isDigit($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-")
        }
    }

    /// A label key: alphanumerics with `.`, `_`, `/` and `-` inside, at most 253.
    static func isLabelKey(_ text: String) -> Bool {
        let bytes = text.utf8
        guard (1...253).contains(bytes.count), let first = bytes.first, let last = bytes.last,
            isLetter(first) || isDigit(first), isLetter(last) || isDigit(last)
        else { return false }
        return bytes.allSatisfy {
            isLetter($0) || isDigit($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".")
                || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "/")
        }
    }

    /// Forty hexadecimal digits: a full commit id.
    static func isCommitID(_ text: String) -> Bool {
        text.utf8.count == 40
            && text.utf8.allSatisfy { isDigit($0) || ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "f")) }
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }

    private static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || isDigit(byte)
    }
}
