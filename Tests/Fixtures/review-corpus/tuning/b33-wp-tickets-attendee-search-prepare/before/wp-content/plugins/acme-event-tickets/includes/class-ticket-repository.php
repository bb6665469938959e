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
