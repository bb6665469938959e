/// The reconciler: plans desired against actual state and converges deployments (see DESIGN.md §4-§6).
public enum Reconciler {}
