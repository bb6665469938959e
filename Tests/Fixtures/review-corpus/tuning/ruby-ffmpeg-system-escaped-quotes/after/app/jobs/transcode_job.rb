class TranscodeJob < ApplicationJob
  queue_as :media

  def perform(upload_id)
    upload = Upload.find(upload_id)
    input = upload.stored_path
    output = "#{input}.mp4"
    ok = system("ffmpeg -y -i \"#{input}\" -c:v libx264 \"#{output}\"")
    upload.update!(state: ok ? "ready" : "failed")
  end
end