/// `1 deployment`, `2 deployments`, `0 deployments`: a count with its noun in the right number.
/// - Parameter plural: the plural when it is not `noun` + `s`.
func counted(_ count: Int, _ noun: String, plural: String? = nil) -> String {
    "\(count) \(count == 1 ? noun : plural ?? noun + "s")"
}
