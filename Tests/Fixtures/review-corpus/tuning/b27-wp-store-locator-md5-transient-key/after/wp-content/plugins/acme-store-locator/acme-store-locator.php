<?php
/**
 * Plugin Name: Acme Store Locator
 * Description: Shortcode and REST endpoint that list nearby stores.
 * Version:     2.3.1
 * Author:      Acme Web Team
 * Text Domain: acme-store-locator
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'ACME_SL_VERSION', '2.3.1' );
define( 'ACME_SL_CACHE_TTL', 15 * MINUTE_IN_SECONDS );

add_action( 'rest_api_init', 'acme_sl_register_routes' );
add_shortcode( 'acme_store_locator', 'acme_sl_shortcode' );

function acme_sl_register_routes() {
	register_rest_route(
		'acme-sl/v1',
		'/stores',
		array(
			'methods'             => WP_REST_Server::READABLE,
			'callback'            => 'acme_sl_rest_stores',
			'permission_callback' => '__return_true',
			'args'                => array(
				'lat'    => array( 'required' => true, 'sanitize_callback' => 'acme_sl_float' ),
				'lng'    => array( 'required' => true, 'sanitize_callback' => 'acme_sl_float' ),
				'radius' => array( 'default' => 25, 'sanitize_callback' => 'absint' ),
				'type'   => array( 'default' => '', 'sanitize_callback' => 'sanitize_key' ),
			),
		)
	);
}

function acme_sl_float( $value ) {
	return round( (float) $value, 3 );
}

function acme_sl_rest_stores( WP_REST_Request $request ) {
	$lat    = $request->get_param( 'lat' );
	$lng    = $request->get_param( 'lng' );
	$radius = min( 200, max( 1, $request->get_param( 'radius' ) ) );
	$type   = $request->get_param( 'type' );

	// Cache per rounded location; transient names are limited to 172 chars, so hash the tuple.
	$cache_key = 'acme_sl_' . md5( wp_json_encode( array( $lat, $lng, $radius, $type, ACME_SL_VERSION ) ) );
	$stores    = get_transient( $cache_key );
	if ( false === $stores ) {
		$stores = acme_sl_query_stores( $lat, $lng, $radius, $type );
		set_transient( $cache_key, $stores, ACME_SL_CACHE_TTL );
	}

	return rest_ensure_response( $stores );
}

function acme_sl_query_stores( $lat, $lng, $radius, $type ) {
	global $wpdb;

	$table = $wpdb->prefix . 'acme_stores';
	$sql   = "SELECT id, name, address, phone, lat, lng,
	            ( 6371 * acos( cos( radians( %f ) ) * cos( radians( lat ) ) * cos( radians( lng ) - radians( %f ) )
	            + sin( radians( %f ) ) * sin( radians( lat ) ) ) ) AS distance
	          FROM {$table}
	          WHERE ( %s = '' OR store_type = %s )
	          HAVING distance < %d
	          ORDER BY distance
	          LIMIT 50";

	return $wpdb->get_results( $wpdb->prepare( $sql, $lat, $lng, $lat, $type, $type, $radius ), ARRAY_A );
}

function acme_sl_shortcode( $atts ) {
	$atts = shortcode_atts( array( 'type' => '' ), $atts, 'acme_store_locator' );
	wp_enqueue_script( 'acme-sl', plugins_url( 'assets/locator.js', __FILE__ ), array(), ACME_SL_VERSION, true );
	wp_localize_script(
		'acme-sl',
		'AcmeSL',
		array(
			'endpoint' => esc_url_raw( rest_url( 'acme-sl/v1/stores' ) ),
			'type'     => sanitize_key( $atts['type'] ),
		)
	);
	return '<div id="acme-store-locator" class="acme-sl"></div>';
}
