import Foundation

/// The parts of a SARIF 2.1.0 log (the format GitHub code scanning reads) that berth turns into findings:
/// each run's results with rule, level, message and first location, and the rules' default levels and properties
/// (`security-severity`, bandit's `issue_severity`).
struct SarifLog: Decodable {
    var runs: [Run]

    struct Run: Decodable {
        var tool: Tool
        var results: [Result]?
    }

    struct Tool: Decodable {
        var driver: Driver
    }

    struct Driver: Decodable {
        var name: String
        var version: String?
        var rules: [Rule]?
    }

    struct Rule: Decodable {
        var id: String
        var defaultConfiguration: Configuration?
        var properties: Properties?
    }

    struct Configuration: Decodable {
        var level: String?
    }

    struct Result: Decodable {
        var ruleId: String?
        var ruleIndex: Int?
        var level: String?
        var message: Message
        var locations: [Location]?
        var properties: Properties?
    }

    struct Message: Decodable {
        var text: String?
    }

    struct Location: Decodable {
        var physicalLocation: PhysicalLocation?
    }

    struct PhysicalLocation: Decodable {
        var artifactLocation: ArtifactLocation?
        var region: Region?
    }

    struct ArtifactLocation: Decodable {
        var uri: String?
    }

    struct Region: Decodable {
        var startLine: Int?
        var snippet: Message?
    }

    /// The property bag entries berth reads; both are strings or numbers depending on the tool.
    struct Properties: Decodable {
        var securitySeverity: Double?
        var issueSeverity: String?

        enum CodingKeys: String, CodingKey {
            case securitySeverity = "security-severity"
            case issueSeverity = "issue_severity"
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            if let number = try? container.decode(Double.self, forKey: .securitySeverity) {
                securitySeverity = number
            } else if let text = try? container.decode(String.self, forKey: .securitySeverity) {
                securitySeverity = Double(text)
            }
            issueSeverity = try? container.decode(String.self, forKey: .issueSeverity)
        }
    }

    /// Parses a SARIF log.
    /// - Throws: `DecodingError` when the bytes are not JSON or lack `runs`.
    init(data: Data) throws {
        self = try JSONDecoder().decode(SarifLog.self, from: data)
    }
}
