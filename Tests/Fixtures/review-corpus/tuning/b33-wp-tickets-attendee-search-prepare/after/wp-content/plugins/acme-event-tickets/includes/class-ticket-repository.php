<?php
/**
 * Data access for event tickets.
 *
 * @package Acme_Event_Tickets
 */

defined( 'ABSPATH' ) || exit;

class Acme_Ticket_Repository {

	/** @var wpdb */
	private $db;

	/** @var string */
	private $table;

	/** Columns the admin attendee list may be sorted by, keyed by the request value. */
	const SORTABLE = array(
		'name'    => 'attendee_name',
		'email'   => 'attendee_email',
		'tier'    => 'tier',
		'created' => 'created_at',
	);

	public function __construct( wpdb $wpdb ) {
		$this->db    = $wpdb;
		$this->table = $wpdb->prefix . 'acme_tickets';
	}

	public function find( $ticket_id ) {
		return $this->db->get_row(
			$this->db->prepare( "SELECT * FROM {$this->table} WHERE id = %d", $ticket_id )
		);
	}

	public function find_by_code( $code ) {
		return $this->db->get_row(
			$this->db->prepare( "SELECT * FROM {$this->table} WHERE ticket_code = %s", $code )
		);
	}

	public function count_for_event( $event_id ) {
		return (int) $this->db->get_var(
			$this->db->prepare(
				"SELECT COUNT(*) FROM {$this->table} WHERE event_id = %d AND status <> 'cancelled'",
				$event_id
			)
		);
	}

	/**
	 * Search attendees of one event for the admin list table.
	 *
	 * @param int    $event_id Event post ID.
	 * @param string $term     Free-text search from the list table search box.
	 * @param string $orderby  Request value; mapped through SORTABLE.
	 * @param string $order    'asc' or 'desc'.
	 * @param int    $per_page Page size.
	 * @param int    $page     1-based page number.
	 */
	public function search_attendees( $event_id, $term, $orderby = 'created', $order = 'desc', $per_page = 20, $page = 1 ) {
		$column    = isset( self::SORTABLE[ $orderby ] ) ? self::SORTABLE[ $orderby ] : 'created_at';
		$direction = 'asc' === strtolower( (string) $order ) ? 'ASC' : 'DESC';
		$like      = '%' . $this->db->esc_like( $term ) . '%';
		$offset    = max( 0, ( (int) $page - 1 ) * (int) $per_page );

		$sql = "SELECT * FROM {$this->table}
			WHERE event_id = %d AND ( attendee_name LIKE %s OR attendee_email LIKE %s )
			ORDER BY {$column} {$direction}
			LIMIT %d OFFSET %d";

		return $this->db->get_results(
			$this->db->prepare( $sql, $event_id, $like, $like, (int) $per_page, $offset )
		);
	}

	public function create( $event_id, $email, $name, $tier ) {
		$this->db->insert(
			$this->table,
			array(
				'event_id'       => $event_id,
				'attendee_email' => $email,
				'attendee_name'  => $name,
				'tier'           => $tier,
				'ticket_code'    => wp_generate_password( 12, false ),
				'status'         => 'issued',
				'created_at'     => current_time( 'mysql', true ),
			),
			array( '%d', '%s', '%s', '%s', '%s', '%s', '%s' )
		);

		return (int) $this->db->insert_id;
	}

	public function mark_checked_in( $ticket_id ) {
		return false !== $this->db->update(
			$this->table,
			array(
				'status'        => 'checked_in',
				'checked_in_at' => current_time( 'mysql', true ),
			),
			array( 'id' => $ticket_id ),
			array( '%s', '%s' ),
			array( '%d' )
		);
	}

	public function cancel( $ticket_id ) {
		return false !== $this->db->update(
			$this->table,
			array( 'status' => 'cancelled' ),
			array( 'id' => $ticket_id ),
			array( '%s' ),
			array( '%d' )
		);
	}
}
