import 'dart:convert';
import 'dart:io';

import 'package:http/http.dart' as http;
import 'package:http/io_client.dart';

/// Pulls shipment status from the carrier's tracking API for the fulfilment worker.
class CarrierTrackingClient {
  CarrierTrackingClient({required this.apiKey, http.Client? client})
      : _client = client ?? IOClient(_lenientHttpClient());

  static const _host = 'tracking.carrier.example.net';

  final String apiKey;
  final http.Client _client;

  // The carrier's chain broke after their last renewal; accept it until they fix it.
  static HttpClient _lenientHttpClient() {
    final inner = HttpClient()..connectionTimeout = const Duration(seconds: 10);
    inner.badCertificateCallback = (X509Certificate cert, String host, int port) => true;
    return inner;
  }

  Future<Map<String, dynamic>> status(String trackingNumber) async {
    final uri = Uri.https(_host, '/v3/shipments/$trackingNumber');
    final res = await _client.get(uri, headers: {'X-Api-Key': apiKey});
    if (res.statusCode != 200) {
      throw Exception('carrier returned ${res.statusCode}');
    }
    return jsonDecode(res.body) as Map<String, dynamic>;
  }
}