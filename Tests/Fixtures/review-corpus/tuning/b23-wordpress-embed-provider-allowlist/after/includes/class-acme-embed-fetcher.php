<?php
/**
 * Fetches oEmbed data for the Acme Embeds block.
 *
 * @package AcmeEmbeds
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

class Acme_Embed_Fetcher {

	const CACHE_GROUP = 'acme_embeds';
	const CACHE_TTL   = 12 * HOUR_IN_SECONDS;

	/**
	 * Supported providers: content host => oEmbed endpoint.
	 */
	const PROVIDERS = array(
		'vimeo.com'       => 'https://vimeo.com/api/oembed.json',
		'www.youtube.com' => 'https://www.youtube.com/oembed',
		'youtu.be'        => 'https://www.youtube.com/oembed',
		'open.spotify.com' => 'https://open.spotify.com/oembed',
	);

	public function register() {
		add_action( 'rest_api_init', array( $this, 'register_routes' ) );
	}

	public function register_routes() {
		register_rest_route(
			'acme-embeds/v1',
			'/oembed',
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( $this, 'handle' ),
				'permission_callback' => static function () {
					return current_user_can( 'edit_posts' );
				},
				'args'                => array(
					'url' => array(
						'required'          => true,
						'sanitize_callback' => 'esc_url_raw',
					),
				),
			)
		);
	}

	public function handle( WP_REST_Request $request ) {
		$url = $request->get_param( 'url' );

		$cache_key = 'oembed_' . md5( $url );
		$cached    = wp_cache_get( $cache_key, self::CACHE_GROUP );
		if ( false !== $cached ) {
			return rest_ensure_response( $cached );
		}

		$endpoint = $this->endpoint_for( $url );
		if ( null === $endpoint ) {
			return new WP_Error( 'acme_embed_unsupported', __( 'Unsupported embed provider.', 'acme-embeds' ), array( 'status' => 400 ) );
		}

		$endpoint = add_query_arg( array( 'url' => rawurlencode( $url ) ), $endpoint );
		$response = wp_safe_remote_get(
			$endpoint,
			array(
				'timeout'     => 5,
				'redirection' => 0,
			)
		);

		if ( is_wp_error( $response ) || 200 !== wp_remote_retrieve_response_code( $response ) ) {
			return new WP_Error( 'acme_embed_failed', __( 'Could not load embed.', 'acme-embeds' ), array( 'status' => 502 ) );
		}

		$data = json_decode( wp_remote_retrieve_body( $response ), true );
		if ( ! is_array( $data ) ) {
			return new WP_Error( 'acme_embed_invalid', __( 'Invalid embed data.', 'acme-embeds' ), array( 'status' => 502 ) );
		}

		$data = array_intersect_key( $data, array_flip( array( 'title', 'html', 'thumbnail_url', 'width', 'height' ) ) );
		wp_cache_set( $cache_key, $data, self::CACHE_GROUP, self::CACHE_TTL );

		return rest_ensure_response( $data );
	}

	/**
	 * Returns the oEmbed endpoint for a content URL, or null when the host is not an allowed provider.
	 * The request only ever goes to the fixed endpoint; the user URL is passed as a query argument.
	 */
	private function endpoint_for( $url ) {
		$parts = wp_parse_url( $url );
		if ( ! is_array( $parts ) || 'https' !== ( $parts['scheme'] ?? '' ) || empty( $parts['host'] ) ) {
			return null;
		}

		$host = strtolower( $parts['host'] );

		return self::PROVIDERS[ $host ] ?? null;
	}
}
