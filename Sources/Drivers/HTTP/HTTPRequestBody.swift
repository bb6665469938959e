/// What a request sends: nothing, bytes in memory, or chunks pulled from an async source as the server takes them.
package enum HTTPRequestBody: Sendable {
    case empty
    case bytes([UInt8])
    /// Sent with chunked transfer encoding; the source is read at most a few chunks ahead of the socket (reading
    /// pauses while the server takes nothing), so it is never held whole.
    case stream(any AsyncSequence<[UInt8], any Error> & Sendable)
}
