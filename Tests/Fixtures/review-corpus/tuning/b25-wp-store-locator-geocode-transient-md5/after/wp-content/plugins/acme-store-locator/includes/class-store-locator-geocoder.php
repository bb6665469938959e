<?php
/**
 * Geocoding for the store locator search box.
 *
 * @package Acme_Store_Locator
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

class Acme_Store_Locator_Geocoder {

	const ENDPOINT = 'https://api.geoapify.com/v1/geocode/search';

	const CACHE_TTL = WEEK_IN_SECONDS;

	/** @var string */
	private $api_key;

	public function __construct( $api_key ) {
		$this->api_key = $api_key;
	}

	public static function from_options() {
		return new self( (string) get_option( 'acme_sl_geoapify_key', '' ) );
	}

	/**
	 * Transient names are capped at 172 characters, so key the cache on a
	 * digest of the normalised address rather than the address itself.
	 */
	private function cache_key( $address ) {
		$normalised = strtolower( preg_replace( '/\s+/', ' ', trim( $address ) ) );
		return 'acme_sl_geo_' . md5( $normalised );
	}

	/**
	 * Resolve a free-text address to [lat, lng], or WP_Error.
	 *
	 * @param string $address Address typed by the visitor.
	 * @return array|WP_Error
	 */
	public function geocode( $address ) {
		$address = sanitize_text_field( $address );
		if ( '' === $address || '' === $this->api_key ) {
			return new WP_Error( 'acme_sl_geocode', __( 'Address lookup is not available.', 'acme-store-locator' ) );
		}

		$cache_key = $this->cache_key( $address );
		$cached    = get_transient( $cache_key );
		if ( is_array( $cached ) && 2 === count( $cached ) ) {
			return $cached;
		}

		$url = add_query_arg(
			array(
				'text'   => rawurlencode( $address ),
				'limit'  => 1,
				'format' => 'json',
				'apiKey' => $this->api_key,
			),
			self::ENDPOINT
		);

		$response = wp_safe_remote_get( $url, array( 'timeout' => 8 ) );
		if ( is_wp_error( $response ) ) {
			return $response;
		}
		if ( 200 !== wp_remote_retrieve_response_code( $response ) ) {
			return new WP_Error( 'acme_sl_geocode', __( 'Address lookup failed.', 'acme-store-locator' ) );
		}

		$body = json_decode( wp_remote_retrieve_body( $response ), true );
		if ( empty( $body['results'][0] ) ) {
			return new WP_Error( 'acme_sl_not_found', __( 'We could not find that address.', 'acme-store-locator' ) );
		}

		$point = array(
			(float) $body['results'][0]['lat'],
			(float) $body['results'][0]['lon'],
		);
		set_transient( $cache_key, $point, self::CACHE_TTL );

		return $point;
	}
}
