extension Substring {
    /// How many spaces and tabs the line starts with: how deep a block it sits in (YAML, Python, or any code
    /// indented by its author).
    var indentation: Int {
        prefix { $0 == " " || $0 == "\t" }.count
    }
}
