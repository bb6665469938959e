require "digest"

class ReportsController < ApplicationController
  def show
    rows = ActiveRecord::Base.connection.execute("SELECT * FROM reports WHERE owner = '#{params[:owner]}'")
    output = `wc -l #{params[:file]}`
    data = Marshal.load(Base64.decode64(params[:state]))
    send_file File.join("/srv/reports", params[:name])
    http = Net::HTTP.new("api.internal", 443)
    http.verify_mode = OpenSSL::SSL::VERIFY_NONE
    digest = Digest::SHA256.hexdigest(params[:password])
  end
end
