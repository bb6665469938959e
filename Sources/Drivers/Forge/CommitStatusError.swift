/// A commit status the forge did not take: the request (method and URL, never the token), the HTTP status when one
/// came back, the forge's own message, and how many tries were made — a ``ForgeRequestError`` of a status post.
package typealias CommitStatusError = ForgeRequestError
