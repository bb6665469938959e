<?php
/**
 * Admin-side AJAX for store locations.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

function sl_register_admin_ajax() {
	add_action( 'wp_ajax_sl_save_location', 'sl_ajax_save_location' );
}
add_action( 'admin_init', 'sl_register_admin_ajax' );

function sl_ajax_save_location() {
	check_ajax_referer( 'sl_save_location' );

	if ( ! current_user_can( 'manage_options' ) ) {
		wp_send_json_error( __( 'You are not allowed to edit locations.', 'store-locator' ), 403 );
	}

	global $wpdb;
	$table = $wpdb->prefix . 'sl_locations';

	$name = isset( $_POST['name'] ) ? sanitize_text_field( wp_unslash( $_POST['name'] ) ) : '';
	$lat  = isset( $_POST['lat'] ) ? (float) $_POST['lat'] : 0.0;
	$lng  = isset( $_POST['lng'] ) ? (float) $_POST['lng'] : 0.0;

	$wpdb->query(
		$wpdb->prepare(
			"INSERT INTO {$table} (name, lat, lng) VALUES (%s, %f, %f)",
			$name,
			$lat,
			$lng
		)
	);

	wp_send_json_success( array( 'id' => (int) $wpdb->insert_id ) );
}
