<?php
/**
 * Event listing queries for the [evently_upcoming] shortcode and REST route.
 *
 * @package Evently
 */

defined( 'ABSPATH' ) || exit;

class Evently_Query {

	const TABLE = 'evently_events';

	/** Public sort keys => real column names. Nothing else reaches ORDER BY. */
	const SORTABLE = array(
		'date'  => 'starts_at',
		'title' => 'title',
		'venue' => 'venue',
	);

	/** @var wpdb */
	private $db;

	public function __construct( wpdb $db ) {
		$this->db = $db;
	}

	private function table() {
		return $this->db->prefix . self::TABLE;
	}

	/**
	 * Upcoming published events.
	 *
	 * @param int    $limit   Maximum rows.
	 * @param string $orderby One of the SORTABLE keys.
	 * @param string $order   ASC or DESC.
	 * @param string $venue   Optional venue substring.
	 * @return array
	 */
	public function upcoming( $limit = 10, $orderby = 'date', $order = 'ASC', $venue = '' ) {
		$limit     = max( 1, min( 100, (int) $limit ) );
		$column    = ( is_string( $orderby ) && isset( self::SORTABLE[ $orderby ] ) ) ? self::SORTABLE[ $orderby ] : 'starts_at';
		$direction = ( is_string( $order ) && 'DESC' === strtoupper( $order ) ) ? 'DESC' : 'ASC';

		$where  = 'status = %s AND starts_at >= %s';
		$params = array( 'publish', current_time( 'mysql', true ) );
		if ( is_string( $venue ) && '' !== $venue ) {
			$where   .= ' AND venue LIKE %s';
			$params[] = '%' . $this->db->esc_like( $venue ) . '%';
		}
		$params[] = $limit;

		$sql = $this->db->prepare(
			"SELECT id, title, venue, starts_at, ends_at FROM {$this->table()}
			 WHERE {$where}
			 ORDER BY {$column} {$direction}
			 LIMIT %d",
			$params
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
		$rows = $this->upcoming(
			$request->get_param( 'per_page' ),
			$request->get_param( 'orderby' ) ?? 'date',
			$request->get_param( 'order' ) ?? 'ASC',
			$request->get_param( 'venue' ) ?? ''
		);
		return rest_ensure_response( $rows );
	}
}
