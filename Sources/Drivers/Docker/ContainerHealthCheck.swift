/// An engine-native healthcheck: a command the engine runs inside the container on an interval.
package struct ContainerHealthCheck: Sendable, Hashable {
    /// What the engine runs.
    package enum Test: Sendable, Hashable {
        /// Run through `/bin/sh -c`.
        case shell(String)
        /// Run directly (argv).
        case exec([String])
        /// Switch off a healthcheck the image declares.
        case disabled
    }

    package var test: Test
    package var interval: Duration
    package var timeout: Duration
    package var startPeriod: Duration
    /// Consecutive failures before the container is `unhealthy`.
    package var retries: Int

    package init(
        test: Test, interval: Duration = .seconds(30), timeout: Duration = .seconds(30),
        startPeriod: Duration = .zero, retries: Int = 3
    ) {
        self.test = test
        self.interval = interval
        self.timeout = timeout
        self.startPeriod = startPeriod
        self.retries = retries
    }

    var engineTest: [String] {
        switch test {
        case .shell(let command): ["CMD-SHELL", command]
        case .exec(let argv): ["CMD"] + argv
        case .disabled: ["NONE"]
        }
    }
}

extension Duration {
    /// Whole nanoseconds, as the engine's API counts durations.
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}
