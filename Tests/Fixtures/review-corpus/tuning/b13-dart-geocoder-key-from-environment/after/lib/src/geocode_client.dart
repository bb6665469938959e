import 'dart:convert';
import 'dart:io';

import 'package:http/http.dart' as http;

/// Thin client for the geocoding provider used by the delivery-slot service.
class GeocodeClient {
  GeocodeClient({http.Client? client, String? apiKey})
      : _client = client ?? http.Client(),
        _apiKey = apiKey ?? Platform.environment['GEOCODER_API_KEY'] ?? '' {
    if (_apiKey.isEmpty) {
      throw StateError('GEOCODER_API_KEY is not set');
    }
  }

  static final Uri _base = Uri.https('api.geocoder.example.com', '/v2/');

  final http.Client _client;
  final String _apiKey;

  Future<LatLng?> lookup(String postcode, {String country = 'GB'}) async {
    final uri = _base.resolve('search').replace(queryParameters: {
      'postcode': postcode,
      'country': country,
    });
    final response = await _client.get(uri, headers: {
      HttpHeaders.authorizationHeader: 'Bearer $_apiKey',
      HttpHeaders.acceptHeader: 'application/json',
    });
    if (response.statusCode == 404) return null;
    if (response.statusCode != 200) {
      throw HttpException('geocoder returned ${response.statusCode}', uri: uri);
    }
    final body = jsonDecode(response.body) as Map<String, dynamic>;
    final results = body['results'] as List<dynamic>;
    if (results.isEmpty) return null;
    final first = results.first as Map<String, dynamic>;
    return LatLng((first['lat'] as num).toDouble(), (first['lng'] as num).toDouble());
  }

  void close() => _client.close();
}

class LatLng {
  const LatLng(this.lat, this.lng);
  final double lat;
  final double lng;
}