/// `1 deployment`, `2 deployments`: a count with its noun in the right number.
func counted(_ count: Int, _ noun: String, plural: String? = nil) -> String {
    "\(count) \(count == 1 ? noun : plural ?? noun + "s")"
}
