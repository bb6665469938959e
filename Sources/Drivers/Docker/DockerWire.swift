import Foundation

/// The Engine API's JSON shapes (API 1.41), spelled as the engine spells them; only the fields berth reads.
enum DockerWire {
    struct ErrorBody: Decodable {
        let message: String
    }

    struct Version: Decodable {
        let Version: String
        let ApiVersion: String
        let MinAPIVersion: String?
        let Os: String?
        let Arch: String?
    }

    struct ContainerListItem: Decodable {
        let Id: String
        let Names: [String]?
        let Image: String?
        let ImageID: String?
        let Labels: [String: String]?
        let State: String?
        let Status: String?
        let Ports: [ListPort]?
        let Created: Int64?
    }

    struct ListPort: Decodable {
        let IP: String?
        let PrivatePort: Int
        let PublicPort: Int?
        let `Type`: String?
    }

    struct ContainerInspect: Decodable {
        let Id: String
        let Name: String
        let Image: String
        let State: ContainerStateBody
        let RestartCount: Int?
        let Config: ContainerConfigBody?
        let HostConfig: HostConfigBody?
        let NetworkSettings: NetworkSettingsBody?
        let Mounts: [MountBody]?
    }

    struct MountBody: Decodable {
        let `Type`: String?
        let Name: String?
        let Source: String?
        let Destination: String?
        let RW: Bool?
    }

    struct VolumeList: Decodable {
        let Volumes: [Volume]?
    }

    struct ChangeBody: Decodable {
        let Path: String
        let Kind: Int
    }

    struct ContainerStateBody: Decodable {
        let Status: String
        let ExitCode: Int?
        let OOMKilled: Bool?
        let StartedAt: String?
        let FinishedAt: String?
        let Health: HealthBody?
    }

    struct HealthBody: Decodable {
        let Status: String
    }

    struct ContainerConfigBody: Decodable {
        let Env: [String]?
        let Cmd: [String]?
        let Labels: [String: String]?
        let Entrypoint: [String]?
        let User: String?
    }

    struct HostConfigBody: Decodable {
        struct RestartPolicyBody: Decodable {
            let Name: String?
            let MaximumRetryCount: Int?
        }

        let NetworkMode: String?
        let Privileged: Bool?
        let CapAdd: [String]?
        let RestartPolicy: RestartPolicyBody?
        let Memory: Int?
        let NanoCpus: Int?
        let Init: Bool?
    }

    struct NetworkSettingsBody: Decodable {
        struct Attachment: Decodable {}

        let Ports: [String: [PortBinding]?]?
        let Networks: [String: Attachment]?
    }

    struct PortBinding: Codable {
        let HostIp: String?
        let HostPort: String?
    }

    struct CreateResponse: Decodable {
        let Id: String
    }

    struct WaitResponse: Decodable {
        struct WaitError: Decodable {
            let Message: String?
        }

        let StatusCode: Int
        let Error: WaitError?
    }

    struct ImageInspect: Decodable {
        struct ImageConfig: Decodable {
            let Labels: [String: String]?
            let Env: [String]?
            let Cmd: [String]?
            let Entrypoint: [String]?
            let User: String?
        }

        let Id: String
        let RepoTags: [String]?
        let RepoDigests: [String]?
        let Size: Int?
        let Created: String?
        let Config: ImageConfig?
    }

    /// One line of `POST /images/create` (a pull) or `POST /images/{name}/push`: a status per layer, or an error; a
    /// push ends with the pushed manifest's digest in `aux`.
    struct PullMessage: Decodable {
        struct ProgressDetail: Decodable {
            let current: Int?
            let total: Int?
        }

        struct PushedManifest: Decodable {
            let Tag: String?
            let Digest: String?
        }

        let status: String?
        let id: String?
        let progressDetail: ProgressDetail?
        let error: String?
        let errorDetail: BuildMessage.ErrorDetail?
        let aux: PushedManifest?
    }

    /// `GET /distribution/{name}/json`: what the registry holds for a reference.
    struct DistributionInspect: Decodable {
        struct ManifestDescriptor: Decodable {
            let digest: String
        }

        let Descriptor: ManifestDescriptor
    }

    struct ImageListItem: Decodable {
        let Id: String
        let RepoTags: [String]?
        let Labels: [String: String]?
        let Size: Int?
        let Created: Int64?
    }

    struct BuildMessage: Decodable {
        struct ErrorDetail: Decodable {
            let message: String?
        }

        struct Aux: Decodable {
            let ID: String?
        }

        let stream: String?
        let status: String?
        let error: String?
        let errorDetail: ErrorDetail?
        let aux: Aux?
    }

    struct Event: Decodable {
        struct Actor: Decodable {
            let ID: String?
            let Attributes: [String: String]?
        }

        let `Type`: String?
        let Action: String?
        let Actor: Actor?
        let time: Int64?
        let timeNano: Int64?
    }

    struct Volume: Decodable {
        let Name: String
        let Driver: String?
        let Mountpoint: String?
        let Labels: [String: String]?
    }

    struct VolumeCreate: Encodable {
        let Name: String
        let Labels: [String: String]
    }

    struct Network: Decodable {
        let Id: String
        let Name: String
        let Driver: String?
        let Scope: String?
        let Labels: [String: String]?
    }

    /// `POST /containers/create`'s body.
    struct ContainerCreate: Encodable {
        struct Empty: Encodable {}

        struct Healthcheck: Encodable {
            let Test: [String]
            let Interval: Int64
            let Timeout: Int64
            let StartPeriod: Int64
            let Retries: Int
        }

        struct HostConfig: Encodable {
            struct RestartPolicy: Encodable {
                let Name: String
                let MaximumRetryCount: Int
            }

            struct LogConfig: Encodable {
                let `Type`: String
                let Config: [String: String]
            }

            struct Device: Encodable {
                let PathOnHost: String
                let PathInContainer: String
                let CgroupPermissions: String
            }

            let PortBindings: [String: [PortBinding]]
            let NetworkMode: String?
            let RestartPolicy: RestartPolicy
            let NanoCpus: Int64?
            let Memory: Int64?
            let Binds: [String]
            let LogConfig: LogConfig?
            let Privileged: Bool
            let Init: Bool?
            let CapAdd: [String]
            let Devices: [Device]
        }

        let Image: String
        let Cmd: [String]?
        let Env: [String]
        let User: String?
        let Labels: [String: String]
        let ExposedPorts: [String: Empty]
        let Healthcheck: Healthcheck?
        let StopTimeout: Int?
        let HostConfig: HostConfig
    }

    /// The engine's RFC 3339 times (nanosecond fractions; year 1 means "never"). Parsed with FoundationEssentials'
    /// ISO 8601 style: `ISO8601DateFormatter` goes through ICU, which put about 5 MB of locale data into the
    /// resident memory of every process that inspects a container.
    static func date(_ text: String?) -> Date? {
        guard let text, !text.hasPrefix("0001-") else { return nil }
        var whole = text
        var fraction = 0.0
        if let dot = text.firstIndex(of: ".") {
            let zone = text[dot...].firstIndex { $0 == "Z" || $0 == "+" || $0 == "-" } ?? text.endIndex
            fraction = Double("0" + text[dot..<zone]) ?? 0
            whole = String(text[..<dot]) + text[zone...]
        }
        return (try? Date(whole, strategy: .iso8601)).map { $0.addingTimeInterval(fraction) }
    }
}
