/// A named volume.
public struct VolumeInfo: Sendable, Hashable {
    public let name: String
    public let driver: String
    public let mountpoint: String
    public let labels: [String: String]

    public init(name: String, driver: String, mountpoint: String, labels: [String: String]) {
        self.name = name
        self.driver = driver
        self.mountpoint = mountpoint
        self.labels = labels
    }
}
