<?php
/**
 * Front-end event search for the [gc_events] shortcode.
 *
 * @package Gathercal
 */

defined( 'ABSPATH' ) || exit;

class Gathercal_Event_Search {

	public function __construct() {
		add_action( 'wp_ajax_gc_search_events', array( $this, 'handle' ) );
		add_action( 'wp_ajax_nopriv_gc_search_events', array( $this, 'handle' ) );
	}

	public function handle() {
		global $wpdb;

		$term  = sanitize_text_field( wp_unslash( $_GET['q'] ?? '' ) );
		$like  = '%' . $wpdb->esc_like( $term ) . '%';
		$table = $wpdb->prefix . 'gc_events';

		$sql = "SELECT id, title, venue, starts_at FROM {$table} WHERE title LIKE %s AND starts_at >= NOW()";

		$rows = $wpdb->get_results( $wpdb->prepare( $sql . ' ORDER BY starts_at LIMIT 50', $like ) );

		wp_send_json_success( $rows );
	}
}

new Gathercal_Event_Search();
