# frozen_string_literal: true

require "securerandom"

class PodcastApp < Sinatra::Base
  MAX_UPLOAD = 200 * 1024 * 1024

  post "/episodes/:id/audio" do
    require_login!
    episode = current_show.episodes.find(params[:id])

    upload = params[:audio]
    halt 422, json(error: "missing file") unless upload && upload[:tempfile]
    halt 413, json(error: "too large") if upload[:tempfile].size > MAX_UPLOAD

    key = "episodes/#{episode.id}/#{SecureRandom.uuid}.mp3"
    Storage.put(key, upload[:tempfile])
    episode.update(audio_key: key)

    json(id: episode.id, audio_key: key)
  end
end
