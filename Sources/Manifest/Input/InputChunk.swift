/// One document-sized piece of a file, cut at `---` lines, so that a syntax error in one document does not hide
/// the documents after it.
struct InputChunk {
    /// The chunk's text.
    let text: String
    /// Lines before this chunk in its file: add it to a line inside the chunk to get the file's line.
    let lineOffset: Int
    /// A limit the chunk breaks; such a chunk is reported and never composed.
    let problem: Diagnostic?
}
