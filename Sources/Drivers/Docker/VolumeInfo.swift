/// A named volume.
package struct VolumeInfo: Sendable, Hashable {
    package let name: String
    package let driver: String
    package let mountpoint: String
    package let labels: [String: String]

    package init(name: String, driver: String, mountpoint: String, labels: [String: String]) {
        self.name = name
        self.driver = driver
        self.mountpoint = mountpoint
        self.labels = labels
    }
}
