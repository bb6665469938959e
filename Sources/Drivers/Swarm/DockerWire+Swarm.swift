import Foundation

extension DockerWire {
    /// `GET /info`: only its `Swarm` part.
    struct Info: Decodable {
        let Swarm: SwarmInfoBody?
    }

    struct SwarmInfoBody: Decodable {
        struct Cluster: Decodable {
            let ID: String?
        }

        let NodeID: String?
        let NodeAddr: String?
        let LocalNodeState: String?
        let ControlAvailable: Bool?
        let Error: String?
        let Nodes: Int?
        let Managers: Int?
        let Cluster: Cluster?
    }

    /// Swarm's objects (API 1.41), spelled as the engine spells them. Specs are `Codable`: berth sends them and
    /// reads them back; the rest is read only.
    enum Swarm {
        struct ObjectVersion: Codable {
            let Index: UInt64
        }

        struct Empty: Codable {}

        struct Node: Decodable {
            struct Spec: Decodable {
                let Labels: [String: String]?
                let Role: String?
                let Availability: String?
            }

            struct Description: Decodable {
                struct Engine: Decodable {
                    let EngineVersion: String?
                }

                let Hostname: String?
                let Engine: Engine?
            }

            struct Status: Decodable {
                let State: String?
                let Message: String?
                let Addr: String?
            }

            struct ManagerStatus: Decodable {
                let Leader: Bool?
                let Reachability: String?
                let Addr: String?
            }

            let ID: String
            let Version: ObjectVersion?
            let Spec: Spec?
            let Description: Description?
            let Status: Status?
            let ManagerStatus: ManagerStatus?
        }

        struct ServiceSpec: Codable {
            var Name: String
            var Labels: [String: String]?
            var TaskTemplate: TaskSpec
            var Mode: ServiceMode?
            var UpdateConfig: UpdateConfig?
            var RollbackConfig: UpdateConfig?
            var EndpointSpec: EndpointSpec?
        }

        struct TaskSpec: Codable {
            var ContainerSpec: ContainerSpec?
            var Resources: ResourceRequirements?
            var RestartPolicy: RestartPolicy?
            var Placement: Placement?
            var Networks: [NetworkAttachment]?
            var ForceUpdate: UInt64?
        }

        struct ContainerSpec: Codable {
            var Image: String
            var Labels: [String: String]?
            var Command: [String]?
            var Args: [String]?
            var Env: [String]?
            var User: String?
            var Init: Bool?
            var Mounts: [Mount]?
            var StopGracePeriod: Int64?
            var Healthcheck: HealthConfig?
            var CapabilityAdd: [String]?
        }

        struct Mount: Codable {
            var `Type`: String
            var Source: String?
            var Target: String
            var ReadOnly: Bool?
        }

        struct HealthConfig: Codable {
            var Test: [String]?
            var Interval: Int64?
            var Timeout: Int64?
            var StartPeriod: Int64?
            var Retries: Int?
        }

        struct ResourceRequirements: Codable {
            var Limits: Resources?
            var Reservations: Resources?
        }

        struct Resources: Codable {
            var NanoCPUs: Int64?
            var MemoryBytes: Int64?
        }

        struct RestartPolicy: Codable {
            var Condition: String?
            var Delay: Int64?
            var MaxAttempts: UInt64?
        }

        struct Placement: Codable {
            var Constraints: [String]?
            var MaxReplicas: UInt64?
        }

        struct NetworkAttachment: Codable {
            var Target: String
        }

        struct ServiceMode: Codable {
            struct Replicated: Codable {
                var Replicas: UInt64?
            }

            var Replicated: Replicated?
            var Global: Empty?
        }

        struct UpdateConfig: Codable {
            var Parallelism: UInt64?
            var Delay: Int64?
            var FailureAction: String?
            var Monitor: Int64?
            var MaxFailureRatio: Double?
            var Order: String?
        }

        struct EndpointSpec: Codable {
            var Mode: String?
            var Ports: [PortConfig]?
        }

        struct PortConfig: Codable {
            var `Protocol`: String?
            var TargetPort: Int
            var PublishedPort: Int?
            var PublishMode: String?
        }

        struct Service: Decodable {
            struct Endpoint: Decodable {
                let Ports: [PortConfig]?
            }

            struct UpdateStatus: Decodable {
                let State: String?
                let StartedAt: String?
                let CompletedAt: String?
                let Message: String?
            }

            /// Only with `?status=true` (API 1.41).
            struct ServiceStatus: Decodable {
                let RunningTasks: Int?
                let DesiredTasks: Int?
            }

            let ID: String
            let Version: ObjectVersion
            let CreatedAt: String?
            let UpdatedAt: String?
            let Spec: ServiceSpec
            let Endpoint: Endpoint?
            let UpdateStatus: UpdateStatus?
            let ServiceStatus: ServiceStatus?
        }

        struct Task: Decodable {
            struct Status: Decodable {
                struct ContainerStatus: Decodable {
                    let ContainerID: String?
                    let ExitCode: Int?
                }

                struct PortStatus: Decodable {
                    let Ports: [PortConfig]?
                }

                let Timestamp: String?
                let State: String?
                let Message: String?
                let Err: String?
                let ContainerStatus: ContainerStatus?
                let PortStatus: PortStatus?
            }

            let ID: String
            let Version: ObjectVersion?
            let CreatedAt: String?
            let UpdatedAt: String?
            let Spec: TaskSpec?
            let ServiceID: String?
            let Slot: Int?
            let NodeID: String?
            let Status: Status?
            let DesiredState: String?
        }

        /// `POST /services/create`'s answer.
        struct CreateResponse: Decodable {
            let ID: String
            let Warnings: [String]?
        }

        /// `POST /services/{id}/update`'s answer.
        struct UpdateResponse: Decodable {
            let Warnings: [String]?
        }

        /// `POST /networks/create`'s body.
        struct NetworkCreate: Encodable {
            let Name: String
            let Driver: String
            let Attachable: Bool
            let CheckDuplicate: Bool
            let Labels: [String: String]
        }

        /// `POST /swarm/init`'s body.
        struct Init: Encodable {
            let ListenAddr: String
            let AdvertiseAddr: String
        }
    }
}
