import CCurl

/// Owns one libcurl easy handle and the memory libcurl reads from it; frees both in `deinit`.
///
/// Used by one thread at a time (the transfer's own). Every `CURLcode` it sees goes through ``check(_:)``.
final class CurlEasy {
    /// `curl_global_init` is not thread-safe: run it once, before the first handle.
    private static let globalInit: CURLcode = curl_global_init(Int(CURL_GLOBAL_ALL))

    let handle: UnsafeMutableRawPointer
    private let method: String
    private let url: String
    private let errorBuffer: UnsafeMutablePointer<CChar>
    /// The lists handed to libcurl (headers, mail recipients), by option: libcurl reads them until the handle ends.
    private var lists: [CURLoption.RawValue: UnsafeMutablePointer<curl_slist>] = [:]

    /// - Parameters: method and url name the transfer in errors.
    init(method: String, url: String) throws(HTTPTransportError) {
        self.method = method
        self.url = url
        errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE))
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE))
        guard Self.globalInit == CURLE_OK, let handle = curl_easy_init() else {
            errorBuffer.deallocate()
            throw HTTPTransportError(code: CURLE_FAILED_INIT, detail: "", method: method, url: url)
        }
        self.handle = handle
        try check(berth_curl_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer))
    }

    deinit {
        curl_easy_cleanup(handle)
        for list in lists.values { curl_slist_free_all(list) }
        errorBuffer.deallocate()
    }

    func set(_ option: CURLoption, _ value: Int) throws(HTTPTransportError) {
        try check(berth_curl_setopt_long(handle, option, value))
    }

    /// libcurl copies string options, so `value` need not outlive the call.
    func set(_ option: CURLoption, _ value: String) throws(HTTPTransportError) {
        try check(berth_curl_setopt_string(handle, option, value))
    }

    func set(_ option: CURLoption, _ value: UnsafeMutableRawPointer) throws(HTTPTransportError) {
        try check(berth_curl_setopt_pointer(handle, option, value))
    }

    func set(_ option: CURLoption, _ callback: berth_curl_data_callback) throws(HTTPTransportError) {
        try check(berth_curl_setopt_data_callback(handle, option, callback))
    }

    func set(_ option: CURLoption, _ callback: berth_curl_xferinfo_callback) throws(HTTPTransportError) {
        try check(berth_curl_setopt_xferinfo_callback(handle, option, callback))
    }

    /// Sets the request headers; the list lives as long as the handle.
    func setHeaders(_ lines: [String]) throws(HTTPTransportError) {
        try set(CURLOPT_HTTPHEADER, list: lines)
    }

    /// Sets a list option (`CURLOPT_HTTPHEADER`, `CURLOPT_MAIL_RCPT`); the list lives as long as the handle.
    func set(_ option: CURLoption, list lines: [String]) throws(HTTPTransportError) {
        var list: UnsafeMutablePointer<curl_slist>?
        for line in lines {
            guard let appended = curl_slist_append(list, line) else {
                curl_slist_free_all(list)
                throw HTTPTransportError(code: CURLE_OUT_OF_MEMORY, detail: "", method: method, url: url)
            }
            list = appended
        }
        curl_slist_free_all(lists[option.rawValue])
        lists[option.rawValue] = list
        try check(berth_curl_setopt_slist(handle, option, list))
    }

    /// Runs the transfer on the calling thread, blocking until it ends.
    func perform() throws(HTTPTransportError) {
        try check(curl_easy_perform(handle))
    }

    /// The last response's status code (0 before one arrived).
    var responseCode: Int {
        var code = 0
        return berth_curl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &code) == CURLE_OK ? code : 0
    }

    /// The choke point: a failed `CURLcode` becomes an ``HTTPTransportError`` with libcurl's own message.
    private func check(_ code: CURLcode) throws(HTTPTransportError) {
        guard code != CURLE_OK else { return }
        let detail = String(cString: errorBuffer)
        throw HTTPTransportError(code: code, detail: detail, method: method, url: url)
    }
}
