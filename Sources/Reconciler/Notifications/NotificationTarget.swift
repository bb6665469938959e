package import Drivers
package import Manifest

/// A `notify` target ready to deliver: its name and type as deliveries show them, the events it hears (`on:`), and
/// the sender that reaches it.
package struct NotificationTarget: Sendable {
    package let name: String
    package let kind: NotifyTarget.Kind
    package let events: Set<NotifyTarget.Event>
    package let sender: any NotificationSender

    package init(name: String, kind: NotifyTarget.Kind, events: Set<NotifyTarget.Event>, sender: any NotificationSender)
    {
        self.name = name
        self.kind = kind
        self.events = events
        self.sender = sender
    }

    /// Whether `event` passes this target's `on:` filter.
    package func hears(_ event: DeploymentEvent) -> Bool {
        events.contains(event.event)
    }
}
