/// Rows under headers in aligned columns, two spaces apart, for `berth status` and `berth ps`.
///
/// ```
/// NAME  READY  GENERATION
/// web   yes    3
/// ```
/// Widths count characters, not colour codes: a cell's tone is painted after padding.
struct TextTable {
    /// One cell: its text and what it means.
    struct Cell: ExpressibleByStringLiteral {
        let text: String
        let tone: TerminalStyle.Tone

        init(_ text: String, _ tone: TerminalStyle.Tone = .plain) {
            self.text = text
            self.tone = tone
        }

        init(stringLiteral text: String) {
            self.init(text)
        }
    }

    let headers: [String]
    var rows: [[Cell]] = []

    init(headers: [String]) {
        self.headers = headers
    }

    /// Adds a row; it has one cell per header.
    mutating func append(_ row: [Cell]) {
        precondition(row.count == headers.count, "a row of \(row.count) cells under \(headers.count) headers")
        rows.append(row)
    }

    /// The table as lines without trailing spaces, colours from `style`.
    func lines(style: TerminalStyle = .plain) -> [String] {
        var widths = headers.map(\.count)
        for row in rows {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.text.count) }
        }
        let render = { (cells: [Cell]) -> String in
            cells.enumerated().map { column, cell in
                let isLast = column == cells.count - 1
                let padding = isLast ? "" : String(repeating: " ", count: widths[column] - cell.text.count)
                return style.paint(cell.text, cell.tone) + padding
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        return [render(headers.map { Cell($0) })] + rows.map(render)
    }
}

extension String {
    /// The string without spaces at its end.
    fileprivate func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
