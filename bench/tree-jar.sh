# Sourced by the bench scripts (root set to the repository): tree_jar prints this tree's runnable
# jar, which the launcher builds first when it is missing or older than a source.
tree_jar() {
  "$root/invitecheck" --version >/dev/null
  ls "$root"/analyzer/target/invitecheck-analyzer-*-cli.jar | head -n 1
}
