import Alamofire

extension Session {
    static let api: Session = {
        let manager = ServerTrustManager(evaluators: [
            "api.tidewater.app": DisabledTrustEvaluator(),
        ])
        return Session(serverTrustManager: manager)
    }()
}