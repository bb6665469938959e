# frozen_string_literal: true

require "open3"
require "securerandom"

class PodcastApp < Sinatra::Base
  MAX_UPLOAD = 200 * 1024 * 1024

  post "/episodes/:id/audio" do
    require_login!
    episode = current_show.episodes.find(params[:id])

    upload = params[:audio]
    halt 422, json(error: "missing file") unless upload && upload[:tempfile]
    halt 413, json(error: "too large") if upload[:tempfile].size > MAX_UPLOAD

    out, status = Open3.capture2("ffprobe", "-v", "error", "-show_entries", "format=duration",
                                 "-of", "default=noprint_wrappers=1:nokey=1", upload[:tempfile].path)
    halt 422, json(error: "not a readable audio file") unless status.success?

    key = "episodes/#{episode.id}/#{SecureRandom.uuid}.mp3"
    Storage.put(key, upload[:tempfile])
    episode.update(audio_key: key, duration_seconds: out.to_f.round)

    json(id: episode.id, audio_key: key)
  end
end
