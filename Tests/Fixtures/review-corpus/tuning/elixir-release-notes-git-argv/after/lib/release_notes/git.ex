defmodule ReleaseNotes.Git do
  @moduledoc "Reads commit subjects for release notes."

  def subjects(dir, from_ref, to_ref) do
    {out, 0} = System.cmd("git", ["log", "--format=%s", "--no-merges", "#{from_ref}..#{to_ref}"], cd: dir)
    String.split(out, "\n", trim: true)
  end

  def contributors(dir) do
    {out, 0} = System.cmd("sh", ["-c", "git shortlog -sn --all | head -n 20"], cd: dir)
    out
  end
end