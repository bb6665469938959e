# frozen_string_literal: true

require "open3"

module ReleaseNotes
  class ChangelogBuilder
    Entry = Struct.new(:sha, :subject, :author, keyword_init: true)

    def initialize(repo_path:)
      @repo_path = repo_path
    end

    def since_last_tag
      tag = git("describe", "--tags", "--abbrev=0").strip
      entries("#{tag}..HEAD")
    end

    private

    def entries(range)
      git("log", "--no-merges", "--pretty=format:%h%x09%an%x09%s", range)
        .each_line(chomp: true)
        .map do |line|
          sha, author, subject = line.split("\t", 3)
          Entry.new(sha: sha, subject: subject, author: author)
        end
    end

    def git(*args)
      out, err, status = Open3.capture3("git", "-C", @repo_path, *args)
      raise "git #{args.first} failed: #{err}" unless status.success?

      out
    end
  end
end
