<?php
/**
 * Event listing queries for the [evently_upcoming] shortcode and REST route.
 *
 * @package Evently
 */

defined( 'ABSPATH' ) || exit;

class Evently_Query {

	const TABLE = 'evently_events';

	/** @var wpdb */
	private $db;

	public function __construct( wpdb $db ) {
		$this->db = $db;
	}

	private function table() {
		return $this->db->prefix . self::TABLE;
	}

	/**
	 * Upcoming published events, soonest first.
	 *
	 * @param int $limit Maximum rows.
	 * @return array
	 */
	public function upcoming( $limit = 10 ) {
		$limit = max( 1, min( 100, (int) $limit ) );
		$sql   = $this->db->prepare(
			"SELECT id, title, venue, starts_at, ends_at FROM {$this->table()}
			 WHERE status = %s AND starts_at >= %s
			 ORDER BY starts_at ASC
			 LIMIT %d",
			'publish',
			current_time( 'mysql', true ),
			$limit
		);
		return $this->db->get_results( $sql, ARRAY_A );
	}

	public function find( $id ) {
		return $this->db->get_row(
			$this->db->prepare( "SELECT * FROM {$this->table()} WHERE id = %d", $id ),
			ARRAY_A
		);
	}

	public function register_rest_routes() {
		register_rest_route(
			'evently/v1',
			'/events',
			array(
				'methods'             => 'GET',
				'callback'            => array( $this, 'rest_list' ),
				'permission_callback' => '__return_true',
			)
		);
	}

	public function rest_list( WP_REST_Request $request ) {
		$rows = $this->upcoming( $request->get_param( 'per_page' ) );
		return rest_ensure_response( $rows );
	}
}
