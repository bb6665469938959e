<?php
/**
 * Entry export endpoints for Acme Forms.
 *
 * @package AcmeForms
 */

namespace AcmeForms\Admin;

defined( 'ABSPATH' ) || exit;

class Export_Ajax {

	const ACTION = 'acme_forms_export_entries';

	public static function register() {
		add_action( 'wp_ajax_' . self::ACTION, array( __CLASS__, 'handle' ) );
		add_action( 'admin_enqueue_scripts', array( __CLASS__, 'enqueue' ) );
	}

	public static function enqueue( $hook ) {
		if ( 'toplevel_page_acme-forms' !== $hook ) {
			return;
		}
		wp_enqueue_script( 'acme-forms-export', ACME_FORMS_URL . 'assets/js/export.js', array( 'jquery' ), ACME_FORMS_VERSION, true );
		wp_localize_script(
			'acme-forms-export',
			'AcmeFormsExport',
			array(
				'ajaxUrl' => admin_url( 'admin-ajax.php' ),
				'action'  => self::ACTION,
				'nonce'   => wp_create_nonce( self::ACTION ),
			)
		);
	}

	public static function handle() {
		check_ajax_referer( self::ACTION, 'nonce' );

		if ( ! current_user_can( 'manage_options' ) ) {
			wp_send_json_error( array( 'message' => __( 'You are not allowed to export entries.', 'acme-forms' ) ), 403 );
		}

		$form_id = isset( $_REQUEST['form_id'] ) ? absint( $_REQUEST['form_id'] ) : 0;
		$since   = isset( $_REQUEST['since'] ) ? sanitize_text_field( wp_unslash( $_REQUEST['since'] ) ) : '';

		if ( ! $form_id ) {
			wp_send_json_error( array( 'message' => 'form_id is required' ), 400 );
		}

		$entries = \AcmeForms\Entries\Repository::for_form( $form_id, $since );

		header( 'Content-Type: text/csv; charset=utf-8' );
		header( 'Content-Disposition: attachment; filename="form-' . $form_id . '-entries.csv"' );

		$out = fopen( 'php://output', 'w' );
		fputcsv( $out, array( 'id', 'submitted_at', 'name', 'email', 'phone', 'message', 'ip' ) );
		foreach ( $entries as $entry ) {
			fputcsv(
				$out,
				array( $entry->id, $entry->submitted_at, $entry->name, $entry->email, $entry->phone, $entry->message, $entry->ip )
			);
		}
		fclose( $out );
		wp_die();
	}
}
