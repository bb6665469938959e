import 'dart:convert';

import 'package:http/http.dart' as http;

/// Pulls shipment status from the carrier's tracking API for the fulfilment worker.
class CarrierTrackingClient {
  CarrierTrackingClient({required this.apiKey, http.Client? client})
      : _client = client ?? http.Client();

  static const _host = 'tracking.carrier.example.net';

  final String apiKey;
  final http.Client _client;

  Future<Map<String, dynamic>> status(String trackingNumber) async {
    final uri = Uri.https(_host, '/v3/shipments/$trackingNumber');
    final res = await _client.get(uri, headers: {'X-Api-Key': apiKey});
    if (res.statusCode != 200) {
      throw Exception('carrier returned ${res.statusCode}');
    }
    return jsonDecode(res.body) as Map<String, dynamic>;
  }
}