require "net/http"
require "json"

class WarehouseClient
  BASE = URI(ENV.fetch("WAREHOUSE_URL", "https://wms.internal.example.net"))

  def initialize(token:)
    @token = token
  end

  def shipment(id)
    get("/api/shipments/#{Integer(id)}")
  end

  private

  def get(path)
    http = Net::HTTP.new(BASE.host, BASE.port)
    http.use_ssl = BASE.scheme == "https"
    http.open_timeout = 3
    http.read_timeout = 10
    req = Net::HTTP::Get.new(path, "Authorization" => "Bearer #{@token}", "Accept" => "application/json")
    res = http.request(req)
    raise "warehouse #{res.code}" unless res.is_a?(Net::HTTPSuccess)

    JSON.parse(res.body)
  end
end
