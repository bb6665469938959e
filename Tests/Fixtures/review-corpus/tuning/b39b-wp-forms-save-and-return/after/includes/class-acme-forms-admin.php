<?php
/**
 * Admin screens for Acme Forms.
 *
 * @package AcmeForms
 */

defined( 'ABSPATH' ) || exit;

class Acme_Forms_Admin {

	public function register() {
		add_action( 'admin_menu', array( $this, 'menu' ) );
		add_action( 'admin_post_acme_forms_save', array( $this, 'handle_save' ) );
	}

	public function menu() {
		add_menu_page( 'Acme Forms', 'Acme Forms', 'manage_options', 'acme-forms', array( $this, 'render' ), 'dashicons-feedback' );
	}

	public function handle_save() {
		if ( ! current_user_can( 'manage_options' ) ) {
			wp_die( esc_html__( 'You are not allowed to do that.', 'acme-forms' ), 403 );
		}
		check_admin_referer( 'acme_forms_save' );

		$form_id = isset( $_POST['form_id'] ) ? absint( $_POST['form_id'] ) : 0;
		$title   = isset( $_POST['title'] ) ? sanitize_text_field( wp_unslash( $_POST['title'] ) ) : '';

		update_post_meta( $form_id, '_acme_form_title', $title );

		// "Save and return" on the block editor sidebar posts the editor URL back to us.
		$fallback = admin_url( 'admin.php?page=acme-forms&updated=1' );
		$redirect = isset( $_POST['_acme_redirect'] ) ? esc_url_raw( wp_unslash( $_POST['_acme_redirect'] ) ) : '';
		// wp_validate_redirect() swaps any host that isn't this site (or allowed_redirect_hosts)
		// for the fallback; wp_safe_redirect() checks again before sending the header.
		$target = $redirect ? wp_validate_redirect( $redirect, $fallback ) : $fallback;

		wp_safe_redirect( $target );
		exit;
	}

	public function render() {
		require ACME_FORMS_DIR . 'views/admin-list.php';
	}
}
