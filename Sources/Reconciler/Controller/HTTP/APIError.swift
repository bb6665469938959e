/// An API answer other than success: its status and the sentence sent as `{"error": "..."}`.
struct APIError: Error, CustomStringConvertible {
    let status: Int
    let description: String

    init(status: Int, _ description: String) {
        self.status = status
        self.description = description
    }

    /// 404 for a deployment that is not declared.
    static func unknownDeployment(_ name: String) -> APIError {
        APIError(status: 404, "no deployment named \"\(name)\"")
    }
}
