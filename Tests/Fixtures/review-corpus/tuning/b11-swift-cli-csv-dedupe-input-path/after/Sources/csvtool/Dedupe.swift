import ArgumentParser
import Foundation

struct Dedupe: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Remove duplicate rows from a CSV file, keeping the first occurrence."
    )

    @Argument(help: "CSV file to read, or - for standard input.")
    var input: String

    @Option(name: .shortAndLong, help: "Where to write the result (default: standard output).")
    var output: String?

    @Option(help: "Zero-based columns that form the key (default: whole row).")
    var key: [Int] = []

    @Flag(help: "Treat the first line as a header and always keep it.")
    var header = false

    func run() throws {
        let data: Data
        if input == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            data = try Data(contentsOf: URL(fileURLWithPath: input))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ValidationError("\(input) is not UTF-8")
        }

        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var kept: [Substring] = []
        if header, !lines.isEmpty {
            kept.append(lines.removeFirst())
        }

        var seen = Set<String>()
        for line in lines where !line.isEmpty {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            let k = key.isEmpty
                ? String(line)
                : key.map { $0 < fields.count ? String(fields[$0]) : "" }.joined(separator: "\u{1F}")
            if seen.insert(k).inserted {
                kept.append(line)
            }
        }

        let result = kept.joined(separator: "\n") + "\n"
        if let output {
            try result.write(toFile: output, atomically: true, encoding: .utf8)
        } else {
            print(result, terminator: "")
        }
    }
}