/// One document-sized piece of a file, cut at `---` lines, so that a syntax error in one document does not hide
/// the documents after it.
struct InputChunk {
    /// The chunk's bytes (valid UTF-8).
    let bytes: ArraySlice<UInt8>
    /// Lines before this chunk in its file: add it to a line inside the chunk to get the file's line.
    let lineOffset: Int
    /// A limit the chunk breaks; such a chunk is reported and never composed.
    let problem: Diagnostic?

    init(bytes: ArraySlice<UInt8>, lineOffset: Int, problem: Diagnostic?) {
        self.bytes = bytes
        self.lineOffset = lineOffset
        self.problem = problem
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }
}
