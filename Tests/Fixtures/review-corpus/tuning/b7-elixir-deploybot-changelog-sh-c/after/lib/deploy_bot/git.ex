defmodule DeployBot.Git do
  @moduledoc """
  Thin wrapper around the git CLI for the repositories the bot has cloned.
  """

  require Logger

  @repo_root Application.compile_env(:deploy_bot, :repo_root, "/srv/deploy_bot/repos")

  def fetch(repo) do
    run(repo, ["fetch", "--prune", "origin"])
  end

  def current_sha(repo, ref \\ "HEAD") do
    with {:ok, out} <- run(repo, ["rev-parse", "--verify", ref <> "^{commit}"]) do
      {:ok, String.trim(out)}
    end
  end

  @doc "Used by the `/changelog <repo> <from> <to>` slash command."
  def changelog(repo, from_ref, to_ref) do
    dir = Path.join(@repo_root, repo)
    {out, _} = System.cmd("sh", ["-c", "git log --oneline --no-merges #{from_ref}..#{to_ref} | head -n 50"], cd: dir)
    {:ok, out}
  end

  defp run(repo, args) do
    dir = Path.join(@repo_root, repo)

    case System.cmd("git", args, cd: dir, stderr_to_stdout: true) do
      {out, 0} ->
        {:ok, out}

      {out, code} ->
        Logger.warning("git #{Enum.join(args, " ")} exited #{code}: #{out}")
        {:error, out}
    end
  end
end
